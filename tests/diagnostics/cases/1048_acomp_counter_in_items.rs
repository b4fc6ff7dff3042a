//! mistake: a progress counter incremented in every concurrent item (Python's `nonlocal done; done += 1` under `gather`)
//! offending: done += 1
//! category: python-habit
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a".to_string(), "bb".to_string()];
    let mut done = 0;
    let sizes = acomp![{ done += 1; fetch(u).await } for u in &urls; concurrency = 4];
    println!("{done} done: {sizes:?}");
}
