using Academy.Shared.Cluster;

namespace Academy.Cohorts.Messages.LiveConversation;

/// <summary>
/// Wakes the conversation pages open in this app instance when a message is written in their conversation, through
/// whichever instance. The announcement is only the message's number: each open feed reads what is new from the database
/// as its own reader (who sees what, in their language and time zone, and never the messages of someone they blocked),
/// so one waiting wake-up is enough.
/// </summary>
internal sealed class ConversationFeed(IClusterEvents cluster) : LiveFanOut<int>(cluster, "cohorts.new-messages", capacity: 1);
