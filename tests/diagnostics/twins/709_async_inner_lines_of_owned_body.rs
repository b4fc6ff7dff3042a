//! mistake: collects the lines of each fetched body, `&str`s borrowed from the owned body String that each outer iteration drops
//! offending: body.lines()
//! category: async
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut bodies = stream::iter(vec![String::from("a\nb"), String::from("c")]);
    let mut lines = Vec::new();
    while let Some(body) = bodies.next().await {
        for l in body.lines() {
            lines.push(l);
        }
    }
    println!("{lines:?}");
}
