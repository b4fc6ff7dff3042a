//! mistake: `while let Some(s) = scores.next()` on a stream without `.await`
//! offending: Some(s) = scores.next()
//! category: async
use futures::StreamExt;
use std::pin::pin;

async fn score(line: &str) -> usize {
    line.split(' ').count()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lines = vec!["GET / 200".to_string(), "POST /login 401".to_string()];
    let mut scores = pin!(futures::stream::iter(&lines).then(|l| score(l)));
    while let Some(s) = scores.next() {
        println!("{s}");
    }
}
