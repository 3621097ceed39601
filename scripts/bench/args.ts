/** A bench script's options: `--name=value`, or `--name` alone for "true". */
export function benchArgs(argv: readonly string[] = process.argv.slice(2)): Map<string, string> {
  return new Map(
    argv.map((arg) => {
      const [name = "", value = "true"] = arg.replace(/^--/, "").split("=");
      return [name, value];
    }),
  );
}
