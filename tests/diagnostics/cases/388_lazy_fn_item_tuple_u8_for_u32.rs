//! mistake: a lazy form returned as impl Iterator<Item = (String, u32)> whose tuple holds a u8 field
//! offending: m.age
//! category: type
use comprehensions::comp;

struct Member {
    name: String,
    age: u8,
}

// Python: def name_ages(ms): return ((m.name, m.age) for m in ms)
fn name_ages(ms: &[Member]) -> impl Iterator<Item = (String, u32)> + '_ {
    comp!(move ((m.name.clone(), m.age) for m in ms))
}

fn main() {
    let ms = vec![Member { name: "ann".to_string(), age: 31 }];
    for (n, a) in name_ages(&ms) {
        println!("{n}: {a}");
    }
}
