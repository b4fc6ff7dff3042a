//! mistake: forgot `.await` on the async lookup matched by an `if let`
//! offending: Some(name) = find(*id)
//! category: async
async fn find(id: u32) -> Option<String> {
    if id % 2 == 0 { Some(format!("user{id}")) } else { None }
}

async fn names(ids: &[u32]) -> Vec<String> {
    let mut out = Vec::new();
    for id in ids {
        if let Some(name) = find(*id) {
            out.push(name);
        }
    }
    out
}

fn main() {
    println!("{:?}", futures::executor::block_on(names(&[1, 2, 4])));
}
