//! mistake: Python's `gather(*[render(u) for u in urls])` translated with `concurrency` but the element's `.await` left out
//! offending: render(u)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn render(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<h1>{url}</h1>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/home".to_string(), "/about".to_string(), "/blog".to_string()];
    let pages: Vec<String> = acomp![render(u) for u in &urls; concurrency = 4];
    println!("{}", pages.join("\n"));
}
