//! mistake: used `.await` inside a sync `comp!` in an async fn (Python's `[await fetch(u) for u in urls]` needs `acomp!` here)
//! offending: .await
//! category: async
async fn fetch(url: &str) -> usize {
    url.len() * 10
}

async fn run() {
    let urls = vec!["https://a.example", "https://bb.example"];
    let sizes: Vec<usize> = urls.iter().map(|u| fetch(u).await).collect();
    println!("{sizes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
