//! mistake: filtered a `drain(..)` of the queue by reading the same queue in the condition
//! offending: queue[0]
//! category: ownership
struct Order {
    id: u32,
    zone: &'static str,
}

fn main() {
    let mut queue = vec![
        Order { id: 1, zone: "north" },
        Order { id: 2, zone: "south" },
        Order { id: 3, zone: "north" },
    ];
    let mut batch = Vec::new();
    for o in queue.drain(..) {
        if o.zone == queue[0].zone {
            batch.push(o.id);
        }
    }
    println!("batch {batch:?}, {} left", queue.len());
}
