//! mistake: spawned an entity at each of the world's spawn points with `&mut world` while iterating `&world.spawn_points`
//! offending: &mut world
//! category: ownership
use comprehensions::comp;

struct World {
    spawn_points: Vec<(i32, i32)>,
    entities: Vec<(u32, (i32, i32))>,
    next_id: u32,
}

fn spawn(world: &mut World, at: (i32, i32)) -> u32 {
    let id = world.next_id;
    world.next_id += 1;
    world.entities.push((id, at));
    id
}

fn main() {
    let mut world = World { spawn_points: vec![(0, 0), (5, 5)], entities: Vec::new(), next_id: 1 };
    let ids = comp![spawn(&mut world, p) for &p in &world.spawn_points];
    println!("{ids:?} -> {} entities", world.entities.len());
}
