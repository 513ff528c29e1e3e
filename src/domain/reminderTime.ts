/**
 * The time of day a self-reminder fires when the leader chose none: the booking engine's default,
 * the follow-up view's for records made before the chosen time was kept, and Graph's To Do task body.
 * One constant, so a reminder made or revised anywhere rings at the same time.
 */
export const DEFAULT_REMINDER_TIME = '08:30';
