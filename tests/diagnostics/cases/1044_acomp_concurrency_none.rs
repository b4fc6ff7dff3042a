//! mistake: Python's `max_workers=None` ("no limit") written as `concurrency = None`
//! offending: None
//! category: python-habit
use comprehensions::acomp;

async fn resize(img: &str) -> String {
    format!("{img}.thumb")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let images = vec!["a.png", "b.png"];
    let thumbs = acomp![resize(i).await for i in &images; concurrency = None];
    println!("{thumbs:?}");
}
