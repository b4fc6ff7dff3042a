//! mistake: `?` under `concurrency` in a `Vec<Page>`-annotated result, meant to skip failed fetches
//! offending: ?
//! category: try
use comprehensions::acomp;

#[derive(Debug)]
struct Page {
    len: usize,
}

async fn fetch(url: &str) -> Result<Page, String> {
    if url.is_empty() { Err("empty url".into()) } else { Ok(Page { len: url.len() }) }
}

async fn run(urls: &[&str]) {
    let pages: Vec<Page> = acomp![fetch(u).await? for u in urls; concurrency = 4];
    println!("{pages:?}");
}

fn main() {
    futures::executor::block_on(run(&["a", ""]));
}
