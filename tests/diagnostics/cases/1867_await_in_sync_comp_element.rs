//! mistake: used `.await` inside a sync `comp!` in an async fn (Python's `[await fetch(u) for u in urls]` needs `acomp!` here)
//! offending: .await
//! category: async
use comprehensions::comp;

async fn fetch(url: &str) -> usize {
    url.len() * 10
}

async fn run() {
    let urls = vec!["https://a.example", "https://bb.example"];
    let sizes: Vec<usize> = comp![fetch(u).await for u in &urls];
    println!("{sizes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
