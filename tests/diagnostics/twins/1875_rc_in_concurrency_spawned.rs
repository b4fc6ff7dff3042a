//! mistake: shared an `Rc` client among `concurrency` items inside `tokio::spawn` (Python shares the session object freely)
//! offending: tokio::spawn
//! category: async
use futures::StreamExt;
use std::rc::Rc;

struct Client {
    base: String,
}

async fn get(c: &Client, path: &str) -> usize {
    c.base.len() + path.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths = vec!["/a".to_string(), "/bb".to_string()];
    let handle = tokio::spawn(async move {
        let client = Rc::new(Client { base: "http://api".into() });
        futures::stream::iter(&paths)
            .map(|p| get(&client, p))
            .buffered(4)
            .collect::<Vec<_>>()
            .await
    });
    println!("{:?}", handle.await.unwrap());
}
