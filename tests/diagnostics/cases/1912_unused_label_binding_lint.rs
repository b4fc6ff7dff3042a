//! mistake: unpacked `(id, label)` rows and never used `label` (Python's `for id, label in rows` does not warn)
//! offending: label
//! category: lint
use comprehensions::acomp;

async fn fetch_user(id: u32) -> String {
    format!("user {id}")
}

async fn run() {
    let rows = vec![(1u32, "admin"), (2, "guest")];
    let users = acomp![fetch_user(*id).await for (id, label) in &rows];
    println!("{users:?}");
}

fn main() {
    futures::executor::block_on(run());
}
