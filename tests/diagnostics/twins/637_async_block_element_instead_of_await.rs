//! mistake: wraps the element in an async block, as one writes a coroutine, instead of awaiting the call
//! category: async
async fn fetch_title(u: &str) -> String {
    format!("title of {u}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let mut titles: Vec<String> = Vec::new();
    for u in &urls {
        titles.push(async { fetch_title(u).await });
    }
    println!("{titles:?}");
}
