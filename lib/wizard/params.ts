/** Query parameters of the journey's forms, beside the answers' own (share-link format v1). */

/** Present on every submitted step form: a plain visit to a step never validates. */
export const SUBMITTED_PARAM = "submitted";
/** The form's values as the user left them, recorded for browser Back; shown, not validated. */
export const ENTERED_PARAM = "entered";
/**
 * ENTERED_PARAM's value for values a submission was refused for, carried by the header's
 * switches: shown again with their errors (a switch changes how the page reads, not what is
 * wrong on it), and still not submitted.
 */
export const REFUSED_ENTRIES = "refused";
/** The facilities editor's own buttons: add a row, remove row N. */
export const ACTION_PARAM = "action";
/** Presenter mode, for advisors in meetings: kept in the address, never in a share link. */
export const PRESENT_PARAM = "present";

/** The facilities editor's row N and its "Add a facility" button, as page fragments. */
export const facilityRowId = (index: number) => `facility-${index}`;
export const FACILITY_ADD_ID = "facilities-add";
