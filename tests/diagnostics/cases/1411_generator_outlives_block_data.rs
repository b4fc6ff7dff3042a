//! mistake: a generator assigned inside a block over data loaded in that block, then iterated after the block ends
//! offending: &data
//! category: ownership
use comprehensions::comp;

fn load() -> Vec<i32> {
    vec![5, 10, 15]
}

fn main() {
    let doubled;
    {
        let data = load();
        doubled = comp!((x * 2 for x in &data));
    }
    for d in doubled {
        println!("{d}");
    }
}
