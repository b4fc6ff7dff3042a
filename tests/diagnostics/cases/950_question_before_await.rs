//! mistake: put `?` before `.await` on an async call returning `Result`
//! offending: fetch(u)?
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> Result<String, String> {
    if url.is_empty() { Err("empty url".into()) } else { Ok(format!("<{url}>")) }
}

async fn bodies(urls: &[&str]) -> Result<Vec<String>, String> {
    acomp![fetch(u)?.await for u in urls]
}

fn main() {
    println!("{:?}", futures::executor::block_on(bodies(&["a", "b"])));
}
