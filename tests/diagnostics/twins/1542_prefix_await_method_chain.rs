//! mistake: `await fetch(u).len()` meant as `(await fetch(u)).len()`, but prefix `await` takes the whole chain
//! offending: len()
//! category: async
async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "b.io"];
    let mut lens = Vec::new();
    for u in &urls {
        lens.push(fetch(u).len().await);
    }
    println!("{lens:?}");
}
