//! mistake: summed `u64` sale prices into a `u32` total volume
//! offending: sum()
//! category: type
use comprehensions::comp;

struct Sale {
    agent_id: u32,
    price: u64,
}

fn main() {
    let sales = vec![
        Sale { agent_id: 7, price: 505_000 },
        Sale { agent_id: 7, price: 1_150_000 },
        Sale { agent_id: 9, price: 420_000 },
    ];
    let agent = 7;
    let volume: u32 = comp![s.price for s in &sales if s.agent_id == agent].iter().sum();
    println!("agent {agent}: ${volume}");
}
