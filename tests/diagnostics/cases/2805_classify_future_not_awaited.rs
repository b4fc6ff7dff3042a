//! mistake: forgot `.await` on the async intent classifier call in the element
//! offending: classify(m)
//! category: async
use comprehensions::acomp;
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
    let intents: Vec<Intent> = acomp![classify(m) for m in &inbox];
    println!("{intents:?}");
}
