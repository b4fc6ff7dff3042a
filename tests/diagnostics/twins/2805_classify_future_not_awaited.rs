//! mistake: forgot `.await` on the async intent classifier call in the element
//! offending: classify(m)
//! category: async
use std::time::Duration;

#[derive(Debug)]
enum Intent {
    Greeting,
    Refund,
    Unknown,
}

async fn classify(message: &str) -> Intent {
    tokio::time::sleep(Duration::from_millis(2)).await;
    if message.contains("hello") {
        Intent::Greeting
    } else if message.contains("refund") {
        Intent::Refund
    } else {
        Intent::Unknown
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let inbox = vec!["hello!", "i want a refund", "asdf"];
    let mut intents: Vec<Intent> = Vec::new();
    for m in &inbox {
        intents.push(classify(m));
    }
    println!("{intents:?}");
}
