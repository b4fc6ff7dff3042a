//! mistake: called a `&mut self` dispatcher method in the element while iterating its own queue
//! offending: dispatcher.assign(o)
//! category: ownership
struct Order {
    id: u32,
}

struct Dispatcher {
    queue: Vec<Order>,
    next_courier: u32,
}

impl Dispatcher {
    fn assign(&mut self, o: &Order) -> (u32, u32) {
        self.next_courier += 1;
        (o.id, self.next_courier)
    }
}

fn main() {
    let mut dispatcher = Dispatcher { queue: vec![Order { id: 1 }, Order { id: 2 }], next_courier: 0 };
    let mut assignments = Vec::new();
    for o in dispatcher.queue.iter() {
        if o.id > 0 {
            assignments.push(dispatcher.assign(o));
        }
    }
    println!("{assignments:?}");
}
