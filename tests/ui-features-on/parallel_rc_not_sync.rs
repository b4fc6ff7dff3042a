use std::rc::Rc;

use comprehensions::comp;

fn main() {
    let offset = Rc::new(1);
    let _ = comp![x + *offset for x in 0..10; parallel];
}
