//! mistake: crawler: `.await` inside a sync `map` closure nested in an async loop (hand-written)
async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sites = vec![vec!["/a", "/b"], vec!["/c"]];
    let mut sizes = Vec::new();
    for site in &sites {
        sizes.push(site.iter().map(|u| fetch(u).await).collect::<Vec<_>>());
    }
    println!("{sizes:?}");
}
