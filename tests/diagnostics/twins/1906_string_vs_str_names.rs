//! mistake: collected `&'static str` display names into a `Vec<String>` (Python has one `str` type)
//! offending: display_name(id).await
//! category: type
async fn display_name(id: u32) -> &'static str {
    if id == 1 { "admin" } else { "guest" }
}

async fn run() {
    let ids = vec![1, 2];
    let mut names: Vec<String> = Vec::new();
    for id in ids {
        names.push(display_name(id).await);
    }
    println!("{names:?}");
}

fn main() {
    futures::executor::block_on(run());
}
