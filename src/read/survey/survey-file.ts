/** The files the survey reader takes, by name alone: cheap to import wherever files are routed. */
export const SURVEY_FILE = /\.(?:csv|xlsx)$/i;
export const isSurveyFile = (name: string): boolean => SURVEY_FILE.test(name);
