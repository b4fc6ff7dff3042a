//! mistake: forgot `.await` in a `let` clause, then called a method of the value on the future
//! offending: name.len()
//! category: async
use comprehensions::acomp;

async fn lookup(id: u32) -> String {
    format!("user{id}")
}

async fn name_lengths(ids: Vec<u32>) -> Vec<(u32, usize)> {
    acomp![(id, name.len()) for id in ids let name = lookup(id)]
}

fn main() {
    println!("{:?}", futures::executor::block_on(name_lengths(vec![1, 22])));
}
