//! mistake: collected a lazy `acomp!` stream with `.collect()` but forgot the `.await` (Python's `[x async for x in gen]` is awaited implicitly)
//! offending: collect::<Vec<usize>>()
//! category: type
use comprehensions::acomp;
use futures::StreamExt;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["https://a.example", "https://b.example"];
    let sizes: Vec<usize> = acomp!((fetch(u).await for u in &urls)).collect::<Vec<usize>>();
    println!("{sizes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
