//! mistake: wraps the element in an async block, as one writes a coroutine, instead of awaiting the call
//! offending: async { fetch_title(u).await }
//! category: async
use comprehensions::acomp;

async fn fetch_title(u: &str) -> String {
    format!("title of {u}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let titles: Vec<String> = acomp![async { fetch_title(u).await } for u in &urls];
    println!("{titles:?}");
}
