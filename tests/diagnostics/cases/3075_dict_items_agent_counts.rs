//! mistake: iterated a HashMap with Python's `.items()`
//! offending: items()
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut active_by_agent: HashMap<String, u32> = HashMap::new();
    for (agent, n) in [("Maria Lopez", 14), ("Dev Patel", 3), ("Ana Kim", 9)] {
        active_by_agent.insert(agent.to_string(), n);
    }
    let busy = comp![agent.clone() for (agent, n) in active_by_agent.items() if *n >= 5];
    println!("{busy:?}");
}
