//! mistake: wrote Python's prefix `await` in front of the eager comprehension (`pages = await gather(...)` habit)
//! offending: await acomp
//! category: python-habit
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["https://a.example", "https://b.example"];
    let pages = await acomp![fetch(u).await for u in &urls];
    println!("{pages:?}");
}

fn main() {
    futures::executor::block_on(run());
}
