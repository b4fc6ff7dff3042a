//! mistake: forgot `.await` in a `let`, then called a method of the value on the future
//! offending: name.len()
//! category: async
async fn lookup(id: u32) -> String {
    format!("user{id}")
}

async fn name_lengths(ids: Vec<u32>) -> Vec<(u32, usize)> {
    let mut out = Vec::new();
    for id in ids {
        let name = lookup(id);
        out.push((id, name.len()));
    }
    out
}

fn main() {
    println!("{:?}", futures::executor::block_on(name_lengths(vec![1, 22])));
}
