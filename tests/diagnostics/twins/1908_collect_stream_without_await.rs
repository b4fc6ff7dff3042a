//! mistake: collected a lazy `acomp!` stream with `.collect()` but forgot the `.await` (Python's `[x async for x in gen]` is awaited implicitly)
//! offending: collect::<Vec<usize>>()
//! category: type
use futures::StreamExt;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["https://a.example", "https://b.example"];
    let sizes: Vec<usize> = futures::stream::iter(&urls).then(|u| fetch(u)).collect::<Vec<usize>>();
    println!("{sizes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
