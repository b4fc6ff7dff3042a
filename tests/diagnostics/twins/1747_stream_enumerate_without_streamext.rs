//! mistake: `.enumerate()` on a stream of rows without `StreamExt` in scope (Python's `enumerate` is a builtin)
//! offending: enumerate
//! category: async
use futures::stream;

struct Row {
    title: String,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let rows = stream::iter(vec![Row { title: "intro".to_string() }, Row { title: "setup".to_string() }]);
    let toc: Vec<String> = rows.enumerate().map(|(i, r)| format!("{}. {}", i + 1, r.title)).collect().await;
    println!("{toc:?}");
}
