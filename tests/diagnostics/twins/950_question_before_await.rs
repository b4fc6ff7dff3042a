//! mistake: put `?` before `.await` on an async call returning `Result`
//! offending: fetch(u)?
//! category: async
async fn fetch(url: &str) -> Result<String, String> {
    if url.is_empty() { Err("empty url".into()) } else { Ok(format!("<{url}>")) }
}

async fn bodies(urls: &[&str]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch(u)?.await);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", futures::executor::block_on(bodies(&["a", "b"])));
}
