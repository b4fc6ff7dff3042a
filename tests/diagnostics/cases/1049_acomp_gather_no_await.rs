//! mistake: Python's `await asyncio.gather(*[fetch(u) for u in urls])`: the coroutines are listed without `.await`, expecting `concurrency` to await them
//! offending: fetch(u)
//! category: python-habit
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("<{url}>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a", "b"];
    let pages: Vec<String> = acomp![fetch(u) for u in &urls; concurrency = 4];
    println!("{pages:?}");
}
