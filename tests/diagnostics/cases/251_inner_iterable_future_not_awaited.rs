//! mistake: paginating `[item for p in range(1, n + 1) for item in await fetch_page(p)]` with the inner iterable's await forgotten
//! offending: fetch_page(p)
//! category: async
use comprehensions::acomp;

async fn fetch_page(p: u32) -> Vec<String> {
    vec![format!("item-{p}-a"), format!("item-{p}-b")]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let pages = 3;
    let items = acomp![item for p in 1..=pages for item in fetch_page(p)];
    println!("{items:?}");
}
