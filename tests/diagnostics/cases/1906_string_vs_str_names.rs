//! mistake: collected `&'static str` display names into a `Vec<String>` (Python has one `str` type)
//! offending: display_name(id).await
//! category: type
use comprehensions::acomp;

async fn display_name(id: u32) -> &'static str {
    if id == 1 { "admin" } else { "guest" }
}

async fn run() {
    let ids = vec![1, 2];
    let names: Vec<String> = acomp![display_name(id).await for id in ids];
    println!("{names:?}");
}

fn main() {
    futures::executor::block_on(run());
}
