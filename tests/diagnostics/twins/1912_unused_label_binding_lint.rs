//! mistake: unpacked `(id, label)` rows and never used `label` (Python's `for id, label in rows` does not warn)
//! offending: label
//! category: lint
async fn fetch_user(id: u32) -> String {
    format!("user {id}")
}

async fn run() {
    let rows = vec![(1u32, "admin"), (2, "guest")];
    let mut users = Vec::new();
    for (id, label) in &rows {
        users.push(fetch_user(*id).await);
    }
    println!("{users:?}");
}

fn main() {
    futures::executor::block_on(run());
}
