//! mistake: iterating a page future without `.await` (hand-written)
async fn fetch_page(p: u32) -> Vec<String> {
    vec![format!("item-{p}-a"), format!("item-{p}-b")]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let pages = 3;
    let mut items = Vec::new();
    for p in 1..=pages {
        for item in fetch_page(p) {
            items.push(item);
        }
    }
    println!("{items:?}");
}
