//! mistake: shared an `Rc` client among `concurrency` items inside `tokio::spawn` (Python shares the session object freely)
//! offending: tokio::spawn
//! category: async
use comprehensions::acomp;
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
        acomp![get(&client, p).await for p in &paths; concurrency = 4]
    });
    println!("{:?}", handle.await.unwrap());
}
