//! mistake: forgot `.await` on the async lookup matched by an `if let` clause
//! offending: Some(name) = find(*id)
//! category: async
use comprehensions::acomp;

async fn find(id: u32) -> Option<String> {
    if id % 2 == 0 { Some(format!("user{id}")) } else { None }
}

async fn names(ids: &[u32]) -> Vec<String> {
    acomp![name for id in ids if let Some(name) = find(*id)]
}

fn main() {
    println!("{:?}", futures::executor::block_on(names(&[1, 2, 4])));
}
