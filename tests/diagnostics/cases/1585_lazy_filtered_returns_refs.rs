//! mistake: a filtered lazy form over a slice returned as `impl Iterator<Item = u32>`, but it yields `&u32`
//! offending: id for id in ids if *id > 0
//! category: type
use comprehensions::comp;

fn valid_ids(ids: &[u32]) -> impl Iterator<Item = u32> + '_ {
    comp!((id for id in ids if *id > 0))
}

fn main() {
    let ids = vec![0, 4, 7];
    println!("{:?}", valid_ids(&ids).collect::<Vec<_>>());
}
