//! mistake: a lazy concurrent `acomp!((..); concurrency = N)` returned from a function while its items borrow a client created in that function
//! offending: client
//! category: ownership
use comprehensions::acomp;
use futures::stream::Stream;
use futures::StreamExt;
use std::time::Duration;

struct Client {
    token: String,
}

impl Client {
    async fn get(&self, id: u32) -> String {
        tokio::time::sleep(Duration::from_millis(1)).await;
        format!("{}:{id}", self.token)
    }
}

fn crawl(ids: Vec<u32>) -> impl Stream<Item = String> {
    let client = Client { token: "t0k".to_string() };
    acomp!((client.get(id).await for id in ids); concurrency = 4)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let pages: Vec<String> = crawl(vec![1, 2, 3]).collect().await;
    println!("{pages:?}");
}
