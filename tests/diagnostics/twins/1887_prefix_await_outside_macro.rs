//! mistake: wrote Python's prefix `await` in front of the eager comprehension (`pages = await gather(...)` habit)
//! offending: await futures
//! category: python-habit
async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["https://a.example", "https://b.example"];
    let pages = await futures::future::join_all(urls.iter().map(|u| fetch(u)));
    println!("{pages:?}");
}

fn main() {
    futures::executor::block_on(run());
}
