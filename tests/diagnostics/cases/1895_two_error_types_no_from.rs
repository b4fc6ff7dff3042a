//! mistake: a second `?` on `parse()`'s `ParseIntError` in a fn returning `FetchError`, which has no `From<ParseIntError>` (Python: any exception propagates)
//! offending: parse::<u32>()?
//! category: try
use comprehensions::acomp;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<String, FetchError> {
    if url.is_empty() { Err(FetchError) } else { Ok(format!(" {} ", url.len())) }
}

async fn content_lengths(urls: &[&str]) -> Result<Vec<u32>, FetchError> {
    acomp![fetch(u).await?.trim().parse::<u32>()? for u in urls]
}

fn main() {
    println!("{:?}", futures::executor::block_on(content_lengths(&["https://a.example"])));
}
