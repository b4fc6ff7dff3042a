//! mistake: put the `?` before the `.await` (`fetch(u)?.await`), applying it to the future instead of its result
//! offending: fetch(u)?
//! category: try
#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<usize, FetchError> {
    if url.is_empty() { Err(FetchError) } else { Ok(url.len()) }
}

async fn sizes(urls: &[&str]) -> Result<Vec<usize>, FetchError> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch(u)?.await);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", futures::executor::block_on(sizes(&["https://a.example"])));
}
