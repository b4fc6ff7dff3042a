//! mistake: each item spawns a tokio task (Python's `create_task`) whose `async` block borrows the loop variable `u`
//! offending: async { fetch(&u).await }
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("<{url}>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a".to_string(), "b".to_string()];
    let pages = acomp![tokio::spawn(async { fetch(&u).await }).await.unwrap() for u in urls; concurrency = 4];
    println!("{pages:?}");
}
