//! mistake: put the `?` before the `.await` (`fetch(u)?.await`), applying it to the future instead of its result
//! offending: fetch(u)?
//! category: try
use comprehensions::acomp;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<usize, FetchError> {
    if url.is_empty() { Err(FetchError) } else { Ok(url.len()) }
}

async fn sizes(urls: &[&str]) -> Result<Vec<usize>, FetchError> {
    acomp![fetch(u)?.await for u in urls]
}

fn main() {
    println!("{:?}", futures::executor::block_on(sizes(&["https://a.example"])));
}
